using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The 'new' verb (not built yet: see its issue).</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("sitegen new: not built yet");
            return 2;
        });
        return command;
    }
}
