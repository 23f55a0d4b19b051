namespace KisTrader.Kis.Master;

/// <summary>Master-file 우선주 구분: 0 보통주, 1 구형우선주, 2 신형우선주.</summary>
public enum PreferredKind
{
    /// <summary>0 보통주.</summary>
    Common = 0,

    /// <summary>1 구형우선주.</summary>
    OldPreferred = 1,

    /// <summary>2 신형우선주.</summary>
    NewPreferred = 2,
}
