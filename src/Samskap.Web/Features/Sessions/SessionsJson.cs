using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// Source-generated JSON for the planner's answer, with the same web defaults as every other API
/// answer: the planner is a hot, anonymous endpoint, and the generated writer is about twice as fast.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PlanDto))]
internal sealed partial class SessionsJson : JsonSerializerContext;
