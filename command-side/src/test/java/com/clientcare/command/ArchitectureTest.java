package com.clientcare.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.clientcare.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_command_side_never_reaches_into_the_query_side = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.clientcare.query..");

    @ArchTest
    static final ArchRule aggregates_are_free_of_web_and_storage_code = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "org.springframework.web..", "jakarta.servlet..", "com.mongodb..", "org.bson..",
                    "com.clientcare.eventstore..");

    @ArchTest
    static final ArchRule aggregates_do_not_read_the_clock = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class);

    /** #20: a package reads like a business area; two that need each other would be one area, or a wrong seam. */
    @ArchTest
    static final ArchRule packages_form_no_cycle = slices()
            .matching("com.clientcare.command.(*)..")
            .should().beFreeOfCycles();

    /** #20: HTTP stays at the edge: controllers and the web plumbing in infra; services and handlers never see it. */
    @ArchTest
    static final ArchRule only_controllers_and_infra_use_the_web = noClasses()
            .that().resideOutsideOfPackage("com.clientcare.command.infra..")
            .and().areNotAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..");

    /** #20: the rule types are domain concepts every area shares, so they depend on none of the areas. */
    @ArchTest
    static final ArchRule rule_types_depend_on_no_area = classes()
            .that().resideInAPackage("com.clientcare.command.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "com.clientcare.command.rules..", "java..", "org.axonframework..");
}
