package org.majlis.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The build's stamp in a jar's manifest ({@value #ATTRIBUTE}, written by the pom): the fat jar, its extracted copy and
 * the demo store of one build carry the same, so that the start class and the store take only what their own build
 * made. Compiled for Java 17 with the start class ({@code org.majlis.Launcher}), which reads it before the Java check
 * has passed for the rest; it lives here, with the demo store, so that the store module does not depend on the
 * application's root package.
 */
public final class BuildStamp {

	public static final String ATTRIBUTE = "Majlis-Build";

	private BuildStamp() {
	}

	/** The stamp of a jar's manifest, or null when the jar is unreadable or has none. */
	public static String of(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue(ATTRIBUTE);
		}
		catch (IOException unreadable) {
			return null;
		}
	}
}
