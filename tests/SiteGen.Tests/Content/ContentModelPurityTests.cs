using System.Reflection;
using System.Reflection.Emit;
using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>
/// The content model is a value: loading reads files, and a body source hands bodies to whatever renders them. These
/// tests keep I/O out of the model's types for good, by reading what their compiled code calls.
/// </summary>
public sealed class ContentModelPurityTests
{
    /// <summary>SiteContent and every SiteGen type its properties reach, with the types the compiler made inside them (closures).</summary>
    private static IReadOnlyList<Type> ModelTypes()
    {
        var found = new List<Type>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(SiteContent)]);
        while (pending.TryDequeue(out var type))
        {
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) pending.Enqueue(argument);
            if (type.IsArray) pending.Enqueue(type.GetElementType()!);
            if (Nullable.GetUnderlyingType(type) is { } underlying) pending.Enqueue(underlying);
            if (type.Assembly != typeof(SiteContent).Assembly || !seen.Add(type)) continue;
            found.Add(type);
            foreach (var nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)) pending.Enqueue(nested);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)) pending.Enqueue(property.PropertyType);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)) pending.Enqueue(field.FieldType);
        }
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every method, constructor and field the type's own code names, read from its IL.</summary>
    private static IEnumerable<MemberInfo> MembersUsedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var bodies = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
        foreach (var method in bodies)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null) continue;
            for (var i = 0; i < il.Length;)
            {
                var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
                var op = OpCodesByValue[value];
                i += op.Size;
                var token = op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok or OperandType.InlineType
                    ? BitConverter.ToInt32(il, i) : 0;
                i += op.OperandType switch
                {
                    OperandType.InlineNone => 0,
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                    OperandType.InlineVar => 2,
                    OperandType.InlineI8 or OperandType.InlineR => 8,
                    OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                    _ => 4,
                };
                if (token == 0) continue;
                MemberInfo? member;
                try
                {
                    member = method.Module.ResolveMember(token,
                        method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null,
                        method.IsGenericMethod ? method.GetGenericArguments() : null);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                if (member is not null) yield return member;
            }
        }
    }

    /// <summary>Names a member that touches files: System.IO (but the pure string functions of Path) or SiteGen's own file readers.</summary>
    private static bool TouchesFiles(MemberInfo member)
    {
        var type = member as Type ?? member.DeclaringType;
        if (type is null) return false;
        if (type.Namespace == "System.IO") return type != typeof(Path) && !typeof(TextWriter).IsAssignableFrom(type) || type == typeof(StreamWriter);
        return type.Assembly == typeof(SiteContent).Assembly
            && (type.Name.Contains("FileReader", StringComparison.Ordinal) || typeof(IArticleBodies).IsAssignableFrom(type));
    }

    [Fact]
    public void TheContentModelTypesCallNoFileApi()
    {
        var calls = ModelTypes()
            .SelectMany(t => MembersUsedBy(t).Where(TouchesFiles).Select(m => $"{t.Name} uses {m.DeclaringType?.Name}.{m.Name}"))
            .Distinct()
            .ToList();
        Assert.Empty(calls);
    }

    [Fact]
    public void TheContentModelTypesHoldNoCodeToRunLater()
    {
        // A delegate or a body source kept in a record is how a getter came to read files: the model holds data only.
        var held = ModelTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(f => typeof(Delegate).IsAssignableFrom(f.FieldType) || typeof(IArticleBodies).IsAssignableFrom(f.FieldType))
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        Assert.Empty(held);
    }

    [Fact]
    public void TheCheckSeesFileCallsWhereThereAreSome()
    {
        // The detector itself: the loader's reader and the build's body source do open files, and must be seen to.
        Assert.Contains(MembersUsedBy(typeof(StreamedArticleBodies)), TouchesFiles);
        Assert.Contains(MembersUsedBy(typeof(SiteLoader).Assembly.GetType("SiteGen.Content.SiteFileReader")!), TouchesFiles);
        Assert.Contains(typeof(Article), ModelTypes());
        Assert.Contains(typeof(Paragraph), ModelTypes());
    }
}
