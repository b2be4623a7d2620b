package org.sayso.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.sayso.io.importer.ArticleReader;

/**
 * Reading the article out of deeply nested HTML pages (divs in divs, as some page builders write them), against
 * jsoup parsing the same page alone. Targets: the article is read in at most 3x the parse, and eight times the
 * nesting takes at most 12x the time (linear is 8x; the import once took 23x, 5.8 s for 25,000 divs and 132 s for
 * 200,000).
 */
final class HtmlImportBench {

	private static final int SHALLOW = 25_000;
	private static final int DEEP = 200_000;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Deeply nested HTML pages: " + SHALLOW + " and " + DEEP + " divs in one another");
		var shallow = page(scratch, SHALLOW);
		var deep = page(scratch, DEEP);
		var reader = new ArticleReader();
		var shallowRead = Measurement.of("read the article, " + SHALLOW + " divs", 1, 5,
				() -> check(reader.read(shallow).text()));
		var deepPair = Measurement.paired("read the article, " + DEEP + " divs", () -> check(reader.read(deep).text()),
				"baseline: jsoup parses the page, " + DEEP + " divs", () -> Jsoup.parse(Files.readString(deep)), 1, 5);
		report.ratio(deepPair[0], deepPair[1], 3.0);
		var scaling = deepPair[0].median() / shallowRead.median();
		report.note(String.format("%s: median %.1f ms", shallowRead.name(), shallowRead.median()));
		report.check(String.format("%dx the nesting takes %.1fx the time (target <= 12x; linear is 8x)", DEEP / SHALLOW,
				scaling), scaling <= 12);
	}

	private static Path page(Path scratch, int depth) throws Exception {
		var page = "<html><body>" + "<div>".repeat(depth) + "<p>The harbour master said the ferry would sail.</p>"
				+ "</div>".repeat(depth) + "</body></html>";
		return Files.writeString(scratch.resolve("deep-" + depth + ".html"), page);
	}

	private static void check(String text) {
		if (!text.startsWith("The harbour master said")) {
			throw new IllegalStateException("the article was not read: " + text);
		}
	}

	private HtmlImportBench() {
	}
}
