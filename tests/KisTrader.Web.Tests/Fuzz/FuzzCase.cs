using System.Net.Http.Headers;
using System.Text;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// One fuzz request. <see cref="MustRefuse"/>: the input is wrong (or the key lacks the right), so the answer must be a
/// 4xx; otherwise (a read endpoint that ignores the junk it is sent) any answer but a 5xx. <see cref="Endpoint"/> is
/// the endpoint it aims at (null: a path nothing maps).
/// </summary>
internal sealed record FuzzCase(string Kind, FuzzEndpoint? Endpoint, string Method, string Path, FuzzKey Key, bool MustRefuse, string? Body = null, string? ContentType = "application/json", bool Chunked = false)
{
    public HttpRequestMessage Request(string trader, string viewer)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        switch (Key)
        {
            case FuzzKey.Trader:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", trader);
                break;
            case FuzzKey.Viewer:
                request.Headers.TryAddWithoutValidation("X-Api-Key", viewer);
                break;
            case FuzzKey.Unknown:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "kt_fuzz-this-key-was-never-made");
                break;
        }

        if (Body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(Body);
            HttpContent content = Chunked ? new StreamContent(new MemoryStream(bytes)) : new ByteArrayContent(bytes);
            if (Chunked)
            {
                content.Headers.ContentLength = null;
                request.Headers.TransferEncodingChunked = true;
            }

            if (ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            request.Content = content;
        }

        return request;
    }

    public override string ToString() => $"{Kind} {Method} {(Path.Length > 120 ? Path[..120] + "…" : Path)} key={Key} body={(Body is null ? "none" : Body.Length > 80 ? Body[..80] + "…" : Body)} type={ContentType}";
}
