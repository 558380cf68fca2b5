package com.intervo.crm;

import com.intervo.kernel.home.HomeContributor;
import com.intervo.kernel.home.SetupStep;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home's getting-started step of the customer base: register the first customer. */
@Component
class CrmHome implements HomeContributor {

    private final CustomerService customers;

    CrmHome(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SetupStep> setupSteps(IntervoUser user) {
        if (!user.has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(new SetupStep(
                "setup-customer",
                "crm.home.setup.customer",
                "crm.home.setup.customer.hint",
                customers.count("") > 0,
                "customers",
                30));
    }
}
