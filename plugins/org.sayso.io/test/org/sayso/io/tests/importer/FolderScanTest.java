package org.sayso.io.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.importer.ArticleImportException;
import org.sayso.io.importer.FolderScan;
import org.sayso.io.importer.ImportWarning;
import org.sayso.io.importer.ImportWarning.Kind;

class FolderScanTest {

	@TempDir
	Path root;

	@Test
	void findsArticlesInFoldersInAStableOrderAndReportsTheOtherFiles() throws Exception {
		var wire = root.resolve("wire");
		for (var name : List.of("port-strike.txt", "Budget Vote.HTML", "2024/march/rail.htm", "2024/march/notes.pdf",
				"2024/april.text", "2024-index.xhtml", "photo.jpg", ".DS_Store", ".hidden.txt", ".git/HEAD.txt",
				"2024/.drafts/old.txt")) {
			write(wire.resolve(name));
		}
		var result = FolderScan.scan(List.of(wire));

		assertEquals(List.of(wire.resolve("2024/april.text"), wire.resolve("2024/march/rail.htm"),
				wire.resolve("2024-index.xhtml"), wire.resolve("Budget Vote.HTML"), wire.resolve("port-strike.txt")),
				result.files());
		assertEquals(List.of(wire.resolve("2024/march/notes.pdf"), wire.resolve("photo.jpg")),
				result.warnings().stream().map(ImportWarning::file).toList());
		var warning = result.warnings().get(0);
		assertEquals(Kind.UNSUPPORTED_FILE, warning.kind());
		assertContains(warning.message(), wire.resolve("2024/march/notes.pdf").toString(), "skipped", ".txt", ".html",
				"Save or export the article as plain text in UTF-8 (.txt)");
	}

	@Test
	void chosenFilesKeepTheirOrderAndEachFileIsListedOnce() throws Exception {
		var b = write(root.resolve("b.txt"));
		var a = write(root.resolve("a.txt"));
		var hidden = write(root.resolve(".chosen.txt"));
		var result = FolderScan.scan(List.of(b, hidden, root, a));
		assertEquals(List.of(b, hidden, a), result.files());
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void aChosenFileOfAnotherKindIsReportedAndAMissingPathRefused() throws Exception {
		var sheet = write(root.resolve("figures.xlsx"));
		var result = FolderScan.scan(List.of(sheet));
		assertEquals(List.of(), result.files());
		assertEquals(Kind.UNSUPPORTED_FILE, result.warnings().get(0).kind());

		var missing = root.resolve("no-such-folder");
		var error = assertThrows(ArticleImportException.class, () -> FolderScan.scan(List.of(missing)));
		assertContains(error.getMessage(), missing.toString(), "does not exist");
	}

	private static Path write(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "Headline\n\nText.\n");
	}
}
