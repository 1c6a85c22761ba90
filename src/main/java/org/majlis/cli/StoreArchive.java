package org.majlis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A store folder as a zip file: every file and folder under it, by relative path; unpacking refuses entries
 * that would land outside the target folder.
 */
final class StoreArchive {

	/** The entry every backup holds: the store's databases. */
	static final String DATABASES = "data/databases/";

	private StoreArchive() {
	}

	/** Writes the folder's contents into a new zip file and answers how many files it holds. */
	static int pack(Path folder, Path zip) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.filter(path -> !path.equals(folder)).sorted().toList();
		}
		int files = 0;
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Path path : paths) {
				String name = folder.relativize(path).toString().replace('\\', '/');
				if (Files.isDirectory(path)) {
					out.putNextEntry(new ZipEntry(name + "/"));
				}
				else {
					out.putNextEntry(new ZipEntry(name));
					Files.copy(path, out);
					files++;
				}
				out.closeEntry();
			}
		}
		return files;
	}

	/** Unpacks the zip into the folder and answers how many files it wrote. */
	static int unpack(Path zip, Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		int files = 0;
		try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root) || target.equals(root)) {
					throw new IOException("The archive entry " + entry.getName() + " lies outside the store folder");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
					files++;
				}
			}
		}
		return files;
	}

	/** Whether the zip holds a store's databases. */
	static boolean holdsStore(Path zip) throws IOException {
		try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().startsWith(DATABASES)) {
					return true;
				}
			}
		}
		return false;
	}
}
