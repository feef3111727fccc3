using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The 'check' verb (not built yet: see its issue).</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("sitegen check: not built yet");
            return 2;
        });
        return command;
    }
}
