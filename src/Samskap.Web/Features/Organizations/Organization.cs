namespace Samskap.Web.Features.Organizations;

public class Organization
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";

    /// <summary>The written standard the organisation uses towards the public: nb or nn.</summary>
    public string WrittenStandard { get; set; } = "nb";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
