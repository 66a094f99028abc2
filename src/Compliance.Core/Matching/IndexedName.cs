using Compliance.Entities;

namespace Compliance.Matching;

/// <summary>One name or alias of an entity, analysed once when the index is built.</summary>
internal sealed class IndexedName
{
    public IndexedName(Entity entity, string text, bool isAlias, NameAnalysis analysis, bool withoutParenthesised = false)
    {
        Entity = entity;
        Text = text;
        IsAlias = isAlias;
        Analysis = analysis;
        WithoutParenthesised = withoutParenthesised;
    }

    public Entity Entity { get; }
    public string Text { get; }
    public bool IsAlias { get; }
    public NameAnalysis Analysis { get; }

    /// <summary>True when <see cref="Analysis"/> is of the text without its part in parentheses ("... Research Institute" of "... Research Institute (CETC 13)").</summary>
    public bool WithoutParenthesised { get; }

    /// <summary>"alias 'Huawei'" or "name 'Huawei Technologies Co., Ltd.'", for explanations.</summary>
    public string Description => (IsAlias ? $"alias '{Text}'" : $"name '{Text}'") + (WithoutParenthesised ? " without its part in parentheses" : "");
}
