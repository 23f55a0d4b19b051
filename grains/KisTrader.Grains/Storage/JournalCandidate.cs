using KisTrader.Trading.Screening;

namespace KisTrader.Grains.Storage;

/// <summary>A ranked candidate of a run and what it became.</summary>
/// <param name="Candidate">Its rank, six values, six sub-scores, score and level.</param>
/// <param name="Role">Selected, backup or neither.</param>
public sealed record JournalCandidate(Candidate Candidate, CandidateRole Role);
