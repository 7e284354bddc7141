using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

using KamReports.Documents;

namespace KamReports.Rendering.Html;

/// <summary>Scriban's <c>include</c>, whose output is markup rendered by a template (already escaped), so it is written raw.</summary>
internal sealed class RawIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;
    public int ParameterCount => _inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        new RawHtml(_inner.Invoke(context, callerContext!, arguments, blockStatement!)?.ToString() ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
