using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The 'extract' verb (not built yet: see its issue).</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("sitegen extract: not built yet");
            return 2;
        });
        return command;
    }
}
