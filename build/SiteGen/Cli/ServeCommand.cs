using System.CommandLine;
using System.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Serving;

namespace SiteGen.Cli;

/// <summary>The 'serve' verb: preview the site with live reload while editing.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on; the next free one if it is taken (0: any free port).", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on (loopback unless you say otherwise).", DefaultValueFactory = _ => "127.0.0.1" };
        var drafts = new Option<bool>("--drafts") { Description = "Include files marked 'draft: true' (never included by build)." };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser." };
        var folders = new SiteFolderOptions("The output folder named in reports; serve keeps the site in memory and never writes it (default: output/).");
        var seeds = new Option<string>("--seeds") { Description = "The seeds folder; a change there re-runs ingest (default: seeds/)." };
        var command = new Command("serve", "Preview the site: build in memory, serve it, rebuild and reload the browser on every save.")
        {
            port, host, drafts, open, seeds,
        };
        folders.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            if (RepositoryLayout.RefuseOutsideSite(parse.GetValue(folders.Content)) is { } refused) return refused;
            if (folders.RefuseBadBaseUrl(parse) is { } badFlag) return badFlag;
            var build = folders.Read(parse, includeDrafts: parse.GetValue(drafts));
            var seedsDir = RepositoryLayout.Default(parse.GetValue(seeds), "seeds");
            // No lock is held between rebuilds: each rebuild reads the sources under the shared lock and a re-ingest
            // writes them under the exclusive one, so build and check run beside serve, and ingest between its rebuilds.
            var options = new ServeOptions(build, parse.GetValue(host)!, parse.GetValue(port))
            {
                LockPath = SiteLock.PathFor(build.ContentDir),
                SeedsDir = Directory.Exists(seedsDir) ? seedsDir : null,
                Log = Console.Out,
            };

            DevServer server;
            try
            {
                // Said as soon as the pages are served: the first build's check report follows.
                server = await DevServer.StartAsync(options, cancellation, listening: started =>
                {
                    if (started.Address.Port != options.Port && options.Port != 0)
                        Console.WriteLine($"port {options.Port} is taken; using {started.Address.Port} instead");
                    Console.WriteLine($"serving {started.SiteAddress}{(build.IncludeDrafts ? " with drafts" : "")} (Ctrl+C to stop)");
                });
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"sitegen serve: cannot listen on {options.Host}:{options.Port} or the {options.PortAttempts - 1} ports after it: {ex.Message}");
                return 1;
            }
            if (parse.GetValue(open)) OpenBrowser(server.SiteAddress);
            await server.RunAsync(cancellation);
            await server.DisposeAsync();
            Console.WriteLine("stopped");
            return 0;
        });
        return command;
    }

    private static void OpenBrowser(Uri address)
    {
        var opener = OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? "explorer" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, address.ToString()) { UseShellExecute = false });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"could not open a browser ({opener}: {ex.Message}); open {address} yourself");
        }
    }
}
