var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// The front end arrives with the web issue; until then it only answers its health check.
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
