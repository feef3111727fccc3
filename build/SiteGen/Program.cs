using SiteGen.Cli;

return CommandLine.Create().Parse(args).Invoke();
