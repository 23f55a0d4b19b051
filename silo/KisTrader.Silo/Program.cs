using KisTrader.Silo.Commands;

// KisTrader silo host: the one-process simulator run (default), the offline strategy replay (`replay`), the Orleans silo
// (`silo`) and the database migration (`migrate`). CommandDispatcher.Usage lists them; silo/KisTrader.Silo/README.md
// documents every setting.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CommandDispatcher.RunAsync(args);
