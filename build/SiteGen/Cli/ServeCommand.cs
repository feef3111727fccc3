using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The 'serve' verb (not built yet: see its issue).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("sitegen serve: not built yet");
            return 2;
        });
        return command;
    }
}
