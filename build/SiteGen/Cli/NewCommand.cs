using System.CommandLine;
using SiteGen.Authoring;
using SiteGen.FileSystem;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>The 'new' verb: start a content file from its archetype.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create: person, event, analysis or page." };
        kind.AcceptOnlyFromAmong([.. ContentKinds.Folders.Keys]);
        var title = new Argument<string>("title") { Description = "The title (a person's name); the file's slug is made from it." };
        var slug = new Option<string>("--slug") { Description = "Use this slug instead of one made from the title." };
        var content = new Option<string>("--content") { Description = "The content folder (default: content/ at the repository root)." };
        var templates = new Option<string>("--templates") { Description = "The templates folder holding archetypes/ (default: templates/)." };
        var command = new Command("new", "Create a content file (person, event, analysis or page) from templates/archetypes/.")
        {
            kind, title, slug, content, templates,
        };
        command.SetAction(parse =>
        {
            if (RepositoryLayout.RefuseOutsideSite(parse.GetValue(content)) is { } refused) return refused;
            var contentDir = RepositoryLayout.Default(parse.GetValue(content), "content");
            using var sourcesLock = SiteLocking.AcquireSources(contentDir, SiteVerb.New, Console.Error, out var refusal);
            if (refusal is not null) return DiagnosticPrinter.Finish([refusal], () => "");
            var result = ArchetypeWriter.Write(
                parse.GetValue(kind)!,
                parse.GetValue(title)!,
                parse.GetValue(slug),
                contentDir,
                RepositoryLayout.Default(parse.GetValue(templates), "templates"),
                DateOnly.FromDateTime(DateTime.Now));
            if (result.Error is not null)
            {
                Console.Error.WriteLine("sitegen new: " + result.Error);
                return 1;
            }
            Console.WriteLine(Path.GetRelativePath(Directory.GetCurrentDirectory(), result.WrittenPath!));
            Console.Error.WriteLine("(a draft: preview it with 'sitegen serve --drafts'; delete its 'draft: true' line to publish)");
            return 0;
        });
        return command;
    }
}
