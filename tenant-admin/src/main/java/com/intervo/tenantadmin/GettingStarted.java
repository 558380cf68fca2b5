package com.intervo.tenantadmin;

import com.intervo.kernel.company.CompanyDetails;
import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.home.HomeContributor;
import com.intervo.kernel.home.SetupStep;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Home's first steps for the admin of a new workspace: the company details every document prints (legal name,
 * tax id, address), and a first colleague.
 */
@Component
class GettingStarted implements HomeContributor {

    private final CompanyProfiles company;
    private final UserDirectory users;

    GettingStarted(CompanyProfiles company, UserDirectory users) {
        this.company = company;
        this.users = users;
    }

    @Override
    public List<SetupStep> setupSteps(IntervoUser user) {
        if (!user.has(Role.ADMIN)) {
            return List.of();
        }
        CompanyDetails details = company.details();
        boolean printable = details.legalName() != null
                && details.taxId() != null
                && details.street() != null
                && details.city() != null;
        return List.of(
                new SetupStep(
                        "setup-company",
                        "tenantadmin.home.setup.company",
                        "tenantadmin.home.setup.company.hint",
                        printable,
                        "admin/company",
                        10),
                new SetupStep(
                        "setup-user",
                        "tenantadmin.home.setup.user",
                        "tenantadmin.home.setup.user.hint",
                        users.seats() > 1,
                        "admin/users",
                        20));
    }
}
