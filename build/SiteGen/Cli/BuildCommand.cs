using System.CommandLine;
using System.Diagnostics;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.FileSystem;
using SiteGen.Pipeline;
using SiteGen.Publishing;

namespace SiteGen.Cli;

/// <summary>The 'build' verb: content/ + templates/ → output/.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var folders = new SiteFolderOptions("The folder the site is written to; replaced whole on success (default: output/).");
        var command = new Command("build", "Build the static site from content/ and templates/ into output/.");
        var force = new Option<bool>("--force") { Description = "Replace the output folder even when it holds files SiteGen did not write." };
        folders.AddTo(command);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            if (RepositoryLayout.RefuseOutsideSite(parse.GetValue(folders.Content)) is { } refused) return refused;
            if (folders.RefuseBadBaseUrl(parse) is { } badFlag) return badFlag;
            var clock = Stopwatch.StartNew();
            var options = folders.Read(parse) with { Force = parse.GetValue(force) };
            // The output folder alone (one build writes it at a time), then the sources shared with serve, check and other builds.
            using var outputLock = SiteLocking.Acquire(OutputFolder.LockPath(options.OutputDir), SiteVerb.Build, LockMode.Write, Console.Error, SiteLocking.Patience, out var busy);
            if (busy is not null) return DiagnosticPrinter.Finish([busy], () => "");
            using var sourcesLock = SiteLocking.AcquireSources(options.ContentDir, SiteVerb.Build, Console.Error, out var refusal);
            if (refusal is not null) return DiagnosticPrinter.Finish([refusal], () => "");
            var result = new Site(options).Build();
            // Guesses are published only when editors choose to; the count keeps them in sight on every build.
            if (result.Content is { } content && GuessesMustBeReviewed.Count(content) is var pending and > 0)
            {
                Console.Error.WriteLine($"warning {DiagnosticCodes.AwaitingReview}: {pending} {(pending == 1 ? "quote or timeline entry awaits" : "quotes and timeline entries await")} review (marked 'review: true'); 'sitegen check' lists them");
            }
            return DiagnosticPrinter.Finish(result.Diagnostics, () =>
                $"built {result.Written?.Pages} pages ({result.Written?.Files} files, {result.Written?.Changed} written) into {Path.GetRelativePath(Directory.GetCurrentDirectory(), options.OutputDir)} in {clock.ElapsedMilliseconds} ms", parse.GetValue(CommandLine.Verbose));
        });
        return command;
    }
}
