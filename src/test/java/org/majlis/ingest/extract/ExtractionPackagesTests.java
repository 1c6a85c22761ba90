package org.majlis.ingest.extract;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages below extraction: one per stage family, and the shared ones they build on (findings, lexicon, text),
 * which know no stage. Only {@link ArticleExtractor} sees them all.
 */
class ExtractionPackagesTests {

	private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.majlis.ingest.extract");
	private static final String SUB_PACKAGES = "org.majlis.ingest.extract.(*)..";
	private static final String[] SHARED = { "..extract.findings..", "..extract.lexicon..", "..extract.text.." };

	@Test
	void shouldKeepTheSubPackagesFreeOfCycles() {
		slices().matching(SUB_PACKAGES).should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void shouldKeepTheSharedPackagesFreeOfStages() {
		noClasses().that().resideInAnyPackage(SHARED)
			.should().dependOnClassesThat(resideInAPackage("org.majlis.ingest.extract.*..").and(not(resideInAnyPackage(SHARED))))
			.check(CLASSES);
	}

	@Test
	void shouldLetNoStageFamilyDependOnAnother() {
		slices().matching(SUB_PACKAGES).should().notDependOnEachOther()
			.ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED))
			.ignoreDependency(resideInAnyPackage(SHARED), alwaysTrue())
			.check(CLASSES);
	}

	@Test
	void shouldLeaveTheExtractorToTheTopPackage() {
		noClasses().that().resideInAPackage("org.majlis.ingest.extract.*..")
			.should().dependOnClassesThat().belongToAnyOf(ArticleExtractor.class)
			.check(CLASSES);
	}
}
