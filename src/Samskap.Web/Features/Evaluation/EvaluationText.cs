namespace Samskap.Web.Features.Evaluation;

/// <summary>Marker for the evaluation's texts (EvaluationText.resx, .nn.resx, .en.resx).</summary>
public sealed class EvaluationText;
