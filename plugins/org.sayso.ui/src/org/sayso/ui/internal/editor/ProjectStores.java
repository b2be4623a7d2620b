package org.sayso.ui.internal.editor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/**
 * One {@link ProjectStore} per project folder for all open editors, so two articles of one project share its
 * metadata (a DCT set in one editor is what the other saves). Counted: the store is dropped when its last editor
 * closes, and a project changed on disk meanwhile is read afresh next time.
 */
final class ProjectStores {

	private record Entry(ProjectStore store, int users) {
	}

	private static final Map<Path, Entry> OPEN = new HashMap<>();

	private ProjectStores() {
	}

	static synchronized ProjectStore acquire(Path root) throws StoreException {
		var key = root.toAbsolutePath().normalize();
		var entry = OPEN.get(key);
		var store = entry != null ? entry.store() : ProjectStore.open(key);
		OPEN.put(key, new Entry(store, entry == null ? 1 : entry.users() + 1));
		return store;
	}

	static synchronized void release(ProjectStore store) {
		var key = store.layout().root().toAbsolutePath().normalize();
		var entry = OPEN.get(key);
		if (entry == null || entry.store() != store) {
			return;
		}
		if (entry.users() <= 1) {
			OPEN.remove(key);
		} else {
			OPEN.put(key, new Entry(store, entry.users() - 1));
		}
	}
}
