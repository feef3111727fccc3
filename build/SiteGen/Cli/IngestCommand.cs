using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The 'ingest' verb (not built yet: see its issue).</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("sitegen ingest: not built yet");
            return 2;
        });
        return command;
    }
}
