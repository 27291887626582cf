#if NETSTANDARD2_0
// Compiler-recognised attributes missing from netstandard2.0. Internal, so the public API is the same on every target.
namespace System.Diagnostics.CodeAnalysis;

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true)]
internal sealed class MemberNotNullWhenAttribute : Attribute
{
    public MemberNotNullWhenAttribute(bool returnValue, string member)
    {
        ReturnValue = returnValue;
        Members = new[] { member };
    }

    public bool ReturnValue { get; }

    public string[] Members { get; }
}
#endif
