using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeasefireTracker.Web.Data.Configurations;

// Identity's tables get plain names (users, roles, …) instead of asp_net_users: they sit next to the tracker's own.

internal sealed class TrackerUserConfiguration : IEntityTypeConfiguration<TrackerUser>
{
    public void Configure(EntityTypeBuilder<TrackerUser> builder)
    {
        builder.ToTable("users", t => t.HasCheckConstraint("ck_users_display_name", Check.NotBlank("display_name")));
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Account.DisplayName);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.ToTable("roles");
        // The two roles are part of the schema, not data: the code asks for them by name.
        builder.HasData(
            new IdentityRole { Id = "admin", Name = TrackerRoles.Admin, NormalizedName = "ADMIN", ConcurrencyStamp = "admin" },
            new IdentityRole { Id = "editor", Name = TrackerRoles.Editor, NormalizedName = "EDITOR", ConcurrencyStamp = "editor" });
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("user_roles");
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("user_claims");
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("user_logins");
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("user_tokens");
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("role_claims");
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("data_protection_keys");
}
