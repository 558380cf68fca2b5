package com.intervo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.web.bind.annotation.RestController;

/** The rules of ARCHITECTURE.md, checked on the compiled code. */
class ModularityTest {

    static final String[] PRODUCT_MODULES = {
        "com.intervo.workshop..",
        "com.intervo.dispatch..",
        "com.intervo.stock..",
        "com.intervo.purchasing..",
        "com.intervo.invoicing.."
    };
    static final String[] PRODUCT_AND_PLATFORM_MODULES = {
        "com.intervo.workshop..",
        "com.intervo.dispatch..",
        "com.intervo.stock..",
        "com.intervo.purchasing..",
        "com.intervo.invoicing..",
        "com.intervo.crm..",
        "com.intervo.tenantadmin.."
    };
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.intervo");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules modules = ApplicationModules.of(IntervoApplication.class);
        modules.verify();
        new Documenter(modules).writeModulesAsPlantUml().writeModuleCanvases();
    }

    @Test
    void everyDatePickerComesLocalizedFromTheKernel() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("com.intervo.kernel.ui.LocalizedPickers")
                .should()
                .callConstructorWhere(JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(DatePicker.class)
                                .or(JavaClass.Predicates.assignableTo(DateTimePicker.class)))))
                .because("LocalizedPickers gives every picker the person's month names, first weekday and texts")
                .check(CLASSES);
    }

    @Test
    void routesLiveInUiPackages() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void restControllersLiveInRestPackagesAndAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..rest..")
                .andShould()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void uiAndRestNeverTouchRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..rest..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void domainNeverDependsOnUiOrRest() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..ui..", "..rest..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void platformNeverDependsOnProductModules() {
        noClasses()
                .that()
                .resideInAnyPackage("com.intervo.kernel..", "com.intervo.crm..", "com.intervo.tenantadmin..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PRODUCT_MODULES)
                .check(CLASSES);
    }

    /** Product code reaches workspace data through the kernel's services (TenantDirectory, WorkspaceClock). */
    @Test
    void productCodeNeverTouchesKernelRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage(PRODUCT_AND_PLATFORM_MODULES)
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.intervo.kernel..")
                        .and(JavaClass.Predicates.assignableTo(Repository.class)))
                .because("the kernel is a closed module: its repositories are not its API")
                .check(CLASSES);
    }

    /** Every package may throw a DomainException, so the errors package must not lead anywhere (no cycle). */
    @Test
    void errorTypesDependOnNothingOfThePlatform() {
        classes()
                .that()
                .resideInAPackage("com.intervo.kernel.errors..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("com.intervo.kernel.errors..", "java..", "jakarta.servlet..")
                .check(CLASSES);
    }

    /** The REST edge (api) maps errors to problem details on top of the kernel: nothing uses it back. */
    @Test
    void nothingDependsOnTheRestEdge() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.intervo.kernel.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.intervo.kernel.api..")
                .because("a package the api uses that used the api back would close a package cycle")
                .check(CLASSES);
    }

    @Test
    void everyRouteHasExactlyOneAccessAnnotation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("have exactly one access annotation") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        long count =
                                List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class)
                                        .stream()
                                        .filter(item::isAnnotatedWith)
                                        .count();
                        if (count != 1) {
                            events.add(SimpleConditionEvent.violated(
                                    item, item.getName() + " has " + count + " access annotations"));
                        }
                    }
                })
                .check(CLASSES);
    }
}
