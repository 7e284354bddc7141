namespace KamReports.Records;

/// <summary>The sections of the plan the account team writes (data-contract.md, plan_notes).</summary>
public enum PlanSection
{
    Summary, Wins, Risks, Asks, CustomerGoals, CustomerPerception, RelationshipGoal, Investment,
    Strengths, Weaknesses, Opportunities, Threats, SupportProgram, History,
}
