package org.majlis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start classes of the root package (compiled for Java 17, outside the modules) depend on each other in one
 * direction only: {@code Launcher} → {@code CachedStart} → {@code UpToDatePackage} → {@code ExtractedJar}, and
 * {@code JdkDiscovery} beside them.
 */
class StartClassesTests {

	private static final List<Class<?>> START = List.of(Launcher.class, JdkDiscovery.class, CachedStart.class, UpToDatePackage.class,
			ExtractedJar.class);

	@Test
	void shouldDependOnEachOtherWithoutALoop() {
		JavaClasses classes = new ClassFileImporter().importClasses(START.toArray(Class<?>[]::new));
		Map<String, Set<String>> uses = new HashMap<>();
		for (Class<?> start : START) {
			JavaClass javaClass = classes.get(start);
			Set<String> targets = new HashSet<>();
			javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
				String target = dependency.getTargetClass().getBaseComponentType().getName().replaceAll("\\$.*", "");
				if (!target.equals(start.getName()) && START.stream().anyMatch(other -> other.getName().equals(target))) {
					targets.add(target);
				}
			});
			uses.put(start.getName(), targets);
		}
		assertThat(uses.get(Launcher.class.getName())).as("the scan sees the start's uses").contains(CachedStart.class.getName());
		for (Class<?> start : START) {
			assertThat(reachable(start.getName(), uses)).as(start.getSimpleName() + " reaches itself").doesNotContain(start.getName());
		}
	}

	private static Set<String> reachable(String from, Map<String, Set<String>> uses) {
		Set<String> seen = new HashSet<>();
		List<String> next = new java.util.ArrayList<>(uses.getOrDefault(from, Set.of()));
		while (!next.isEmpty()) {
			String name = next.removeLast();
			if (seen.add(name)) {
				next.addAll(uses.getOrDefault(name, Set.of()));
			}
		}
		return seen;
	}
}
