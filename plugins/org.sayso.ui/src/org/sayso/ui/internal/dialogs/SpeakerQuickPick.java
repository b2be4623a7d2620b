package org.sayso.ui.internal.dialogs;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.internal.editor.Labels;

/**
 * A small list of speaker mentions at the caret, nearest to the claim first: typing filters it (by entity name or
 * mention text), arrows move, Enter links, Escape cancels.
 */
public final class SpeakerQuickPick extends PopupDialog {

	private final List<SpeakerMention> speakers;
	private final String text;
	private final Consumer<SpeakerMention> onPick;
	private final Point location;
	private Text filter;
	private Table table;
	private List<SpeakerMention> shown;

	public SpeakerQuickPick(Shell parent, Point location, List<SpeakerMention> speakers, String text,
			Consumer<SpeakerMention> onPick) {
		super(parent, SWT.RESIZE, true, false, false, false, false, "Link the claim to a speaker",
				"Type to filter \u00b7 \u2191\u2193 choose \u00b7 Enter links \u00b7 Esc cancels");
		this.location = location;
		this.speakers = speakers;
		this.text = text;
		this.onPick = onPick;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.SINGLE | SWT.SEARCH);
		filter.setMessage("speaker name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> fill());
		filter.addListener(SWT.KeyDown, e -> {
			switch (e.keyCode) {
			case SWT.ARROW_DOWN -> move(1);
			case SWT.ARROW_UP -> move(-1);
			case SWT.CR, SWT.KEYPAD_CR -> pick();
			default -> {
				return;
			}
			}
			e.doit = false;
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 180).applyTo(table);
		table.addListener(SWT.DefaultSelection, e -> pick());
		fill();
		return table;
	}

	@Override
	protected Point getDefaultLocation(Point initialSize) {
		return location;
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	/** The mentions listed now, in order (for tests and for the count in the status). */
	public List<SpeakerMention> shown() {
		return shown;
	}

	private void fill() {
		var wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		shown = speakers.stream().filter(s -> wanted.isEmpty()
				|| Labels.speakerName(s).toLowerCase(Locale.ROOT).contains(wanted)
				|| text.substring(s.getBegin(), s.getEnd()).toLowerCase(Locale.ROOT).contains(wanted)).toList();
		table.removeAll();
		for (var s : shown) {
			var item = new TableItem(table, SWT.NONE);
			var mention = text.substring(s.getBegin(), s.getEnd()).replaceAll("\\s+", " ");
			var name = Labels.speakerName(s);
			var registry = s.eContainer() instanceof org.sayso.model.AnnotationSet set
					? org.sayso.core.project.SpeakerRegistry.of(set) : null;
			var project = registry != null && s.getEntity() != null && registry.isRegistered(s.getEntity())
					? "  \u00b7 project speaker" : "";
			item.setText((name.equals(mention) ? name : name + "  \u2014  \u201c" + mention + "\u201d") + project);
		}
		if (!shown.isEmpty()) {
			table.select(0);
		}
	}

	private void move(int by) {
		if (table.getItemCount() > 0) {
			table.select(Math.floorMod(table.getSelectionIndex() + by, table.getItemCount()));
			table.showSelection();
		}
	}

	private void pick() {
		int i = table.getSelectionIndex();
		if (i >= 0 && i < shown.size()) {
			var chosen = shown.get(i);
			close();
			onPick.accept(chosen);
		}
	}
}
