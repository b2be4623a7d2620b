package org.sayso.spark;

/** A job that cannot start or finish, with a message that says which file and what to do. */
final class SparkJobException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SparkJobException(String message) {
		super(message);
	}

	SparkJobException(String message, Throwable cause) {
		super(message, cause);
	}
}
