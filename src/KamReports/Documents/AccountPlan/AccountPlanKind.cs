using KamReports.Compute;

namespace KamReports.Documents.AccountPlan;

/// <summary>The account plan: one PDF per key account, <c>account-plans/&lt;name&gt;.pdf</c>.</summary>
public sealed class AccountPlanKind : DocumentKind
{
    public override string Key => "account_plan";
    public override string Template => "account-plan/account-plan.html";
    public override Type Model => typeof(AccountPlanModel);
    public override int PrintOrder => 2;
    public override string GroupKey => "preview.group_plans";
    public override int MaxPages => 24;
    public override bool PerAccount => true;

    public override IEnumerable<DocumentSpec> Documents(Portfolio portfolio) => portfolio.KeyAccounts.Select(a =>
    {
        var name = Slug.Named(a.Account.Name, Slug.SafeId(a.Account.AccountId) + "-");
        return new DocumentSpec(this, "plan-" + name, "account-plans/" + name + ".pdf", $"{a.Account.Name} ({a.Account.AccountId})",
            [a.Account.AccountId], c => new AccountPlanComposer(c).Compose(a));
    });
}
