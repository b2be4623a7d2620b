package org.sayso.core.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** Folder work that several parts need: one way to delete or copy a tree, for the export, the benchmarks and the tests. */
public final class Folders {

	private Folders() {
	}

	/**
	 * Deletes {@code root} and everything in it; nothing when it does not exist. Links are deleted, not followed, so
	 * nothing outside the tree is touched.
	 */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			@NonNullByDefault({})
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			@NonNullByDefault({})
			public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) throws IOException {
				if (exc != null) {
					throw exc;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Copies the tree {@code from} into {@code to}, which must not exist yet or be empty. */
	public static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			@NonNullByDefault({})
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			@NonNullByDefault({})
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
