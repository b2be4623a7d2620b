package org.sayso.io.importer;

import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.core.xmi.XmlCharacters;
import org.sayso.model.DateType;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;

/**
 * Imports a TimeML document: its text becomes a document, its {@code <DCT>} the article's date (origin
 * {@code imported}), and its TIMEX3 one annotation set of dates with their values and types.
 */
final class TimemlImport {

	private final ProjectStore store;

	TimemlImport(ProjectStore store) {
		this.store = store;
	}

	ArticleImport.Outcome importDocument(Path file, String annotator) throws ArticleImportException, StoreException {
		var article = TimemlArticle.read(file);
		var wanted = DocumentIds.fromFileName(file.getFileName().toString().replaceFirst("(?i)\\.tml$", ""));
		var text = XmlCharacters.sanitize(article.text()).text();
		var again = ArticleImport.alreadyImported(store, file, wanted, text);
		if (again.isPresent()) {
			return again.get();
		}
		var id = store.freeDocumentId(wanted);
		var document = store.addDocument(id, text);
		var written = new ArrayList<Path>(List.of(store.layout().text(id)));
		document.setSourceUri(file.toUri().toString());
		if (article.title() != null) {
			document.setTitle(article.title());
		}
		if (article.dct() != null && article.dct().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
			document.setDct(article.dct().substring(0, 10));
			document.setDctOrigin("imported");
		}
		var opened = store.openSet(document, annotator);
		int values = 0;
		for (var timex : article.timexes()) {
			var date = SaysoFactory.eINSTANCE.createDateMention();
			date.setBegin(timex.begin());
			date.setEnd(timex.end());
			date.setValue(timex.value());
			values += timex.value() != null ? 1 : 0;
			var type = timex.type() == null ? null : DateType.get(timex.type());
			if (type != null) {
				date.setType(type);
			}
			date.setOrigin(Origin.MANUAL);
			date.setAuthor(annotator);
			opened.set().getAnnotations().add(date);
		}
		store.save(opened, false);
		written.add(opened.file());
		var messages = new ArrayList<String>();
		messages.add(annotator + ": " + article.timexes().size() + " date(s) from TIMEX3, " + values + " with a value"
				+ (document.getDct() != null && "imported".equals(document.getDctOrigin())
						? "; article date " + document.getDct() + " from <DCT>"
						: article.dct() != null ? "; the <DCT> value '" + article.dct() + "' is no date, so the article"
								+ " has none: set it with sayso meta or M in the editor" : ""));
		if (!article.other().isEmpty()) {
			var left = new ArrayList<String>();
			article.other().forEach((name, count) -> left.add(count + " × " + name));
			messages.add("not imported: " + String.join(", ", left));
		}
		return new ArticleImport.Outcome(file, id, messages, null, written, false);
	}
}
