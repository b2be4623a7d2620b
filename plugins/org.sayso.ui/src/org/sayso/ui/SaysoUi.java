package org.sayso.ui;

/** Identifiers of Sayso's workbench contributions that other bundles and tests refer to. */
public final class SaysoUi {

	public static final String PLUGIN_ID = "org.sayso.ui";
	public static final String PERSPECTIVE_ID = "org.sayso.ui.perspective";
	public static final String PRODUCT_ID = "org.sayso.ui.workbench";

	/** System property naming a project folder to open when the workbench starts. */
	public static final String PROJECT_PROPERTY = "sayso.project";

	private SaysoUi() {
	}
}
