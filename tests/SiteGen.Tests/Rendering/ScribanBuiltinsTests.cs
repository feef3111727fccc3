using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Templates see Scriban's built-in objects, made only when first named: the same names as Scriban's own table, the
/// same kinds of object, read-only as there, and the same output.
/// </summary>
public sealed class ScribanBuiltinsTests
{
    [Fact]
    public void TheNamesAndObjectsAreScribansOwn()
    {
        var scribans = new BuiltinFunctions();
        Assert.Equal(scribans.Keys.Order(StringComparer.Ordinal), ScribanBuiltins.Names.Order(StringComparer.Ordinal));
        foreach (var name in scribans.Keys)
        {
            Assert.True(ScribanBuiltins.Shared.TryGetValue(null, default, name, out var ours), name);
            Assert.Equal(scribans[name]?.GetType(), ours.GetType());
            Assert.True(ScribanBuiltins.Shared.Contains(name));
            Assert.False(ScribanBuiltins.Shared.CanWrite(name), name);
        }
    }

    [Fact]
    public void ATemplateRendersAsWithScribansOwnTable()
    {
        var template = Template.Parse("""
            {{ "harbour talks" | string.upcase }} {{ [3, 1, 2] | array.sort | array.join "," }} {{ 2.567 | math.round 1 }}
            {{ "a-b" | regex.replace "-" "+" }} {{ date.parse "2025-08-15" | date.to_string "%Y/%m/%d" }} {{ "<b>" | html.escape }}
            {{ x = {a: 1}; x | object.size }} {{ empty.any }} {{ blank == empty }} {{ timespan.from_days 2 | object.format "c" }}
            """);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));

        string Render(ScriptObject builtins)
        {
            var context = new TemplateContext(builtins);
            return template.Render(context);
        }

        Assert.Equal(Render(new BuiltinFunctions()), Render(ScribanBuiltins.Shared));
        Assert.Contains("HARBOUR TALKS 1,2,3 2.6", Render(ScribanBuiltins.Shared));
    }
}
