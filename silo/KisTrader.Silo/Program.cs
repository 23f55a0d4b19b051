using KisTrader.Silo.Commands;

// KisTrader silo host: the offline strategy replay (default), the Orleans silo (`silo`) and the database migration
// (`migrate`). CommandDispatcher.Usage lists them; silo/KisTrader.Silo/README.md documents every setting.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CommandDispatcher.RunAsync(args);
