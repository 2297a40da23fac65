package se.linkoping.lod;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package graph of the production code, as ARCHITECTURE.md draws it: no cycles between packages,
 * and each layer uses only those below it.
 */
class ArchitectureTest {

    private static final String ROOT = "se.linkoping.lod";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelUsesNoOtherPackageOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(layersAbove("model"))
                .check(classes);
    }

    @Test
    void theStoreUsesOnlyTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(layersAbove("store"))
                .check(classes);
    }

    @Test
    void loadingCatalogueAndEndpointKnowNothingOfTheWebOrTheServer() {
        noClasses().that().resideInAnyPackage(ROOT + ".load..", ROOT + ".catalog..", ROOT + ".sparql..",
                        ROOT + ".history..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".web..", ROOT + ".server..", ROOT + ".admin..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void theHttpToolkitAndTheViewsKnowNoPageOrRoute() {
        noClasses().that().resideInAnyPackage(ROOT + ".web.http..", ROOT + ".web.view..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".web", ROOT + ".web.catalog..", ROOT + ".web.query..", ROOT + ".server..",
                        ROOT + ".admin..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void theViewsArePureFunctionsWithoutHttp() {
        noClasses().that().resideInAPackage(ROOT + ".web.view..")
                .should().dependOnClassesThat().resideInAnyPackage("spark..", ROOT + ".web.http..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    /** Our packages other than the model and this layer: those a layer at the bottom must not use. */
    private static String[] layersAbove(String layer) {
        return Stream.of("store", "load", "catalog", "sparql", "history", "web", "admin", "staff", "server", "cli",
                        "generate")
                .filter(name -> !name.equals(layer))
                .map(name -> ROOT + "." + name + "..")
                .toArray(String[]::new);
    }
}
