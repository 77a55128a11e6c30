using Akhbar.Cli;

return AkhbarCli.Run(args);
