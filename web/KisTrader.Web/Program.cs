using KisTrader.Web.Hosting;

// KisTrader's web front end: `dotnet run --project web/KisTrader.Web` is the one-process product (co-hosted silo,
// in-process simulator, simulated clock); KisTrader__Web__Mode=Client joins a silo cluster. web/KisTrader.Web/README.md.
Console.OutputEncoding = System.Text.Encoding.UTF8;
var builder = WebApplication.CreateBuilder(args);
await builder.AddKisTraderFrontEndAsync();
var app = builder.Build();
app.UseKisTraderFrontEnd();
app.MapKisTraderApis();
await app.RunAsync();
