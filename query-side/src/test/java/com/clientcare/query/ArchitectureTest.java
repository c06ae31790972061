package com.clientcare.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.clientcare.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_query_side_never_reaches_into_the_command_side = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.clientcare.command..");

    @ArchTest
    static final ArchRule the_query_side_sends_no_commands = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..");

    @ArchTest
    static final ArchRule projections_are_free_of_web_code = noClasses()
            .that().areAnnotatedWith(ProcessingGroup.class)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.web..");

    /** #20: every query endpoint reads through the QueryGateway, never from a projection bean itself. */
    @ArchTest
    static final ArchRule query_endpoints_ask_the_query_gateway_not_the_projections = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAnnotatedWith(ProcessingGroup.class);

    /** #20: a package that needs another never ends up needed by it, through any path of packages. */
    @ArchTest
    static final ArchRule no_package_of_the_query_side_depends_on_itself_through_others = slices()
            .matching("com.clientcare.query.(*)..")
            .should().beFreeOfCycles();
}
