package io.github.kvsviewer.local;

/**
 * An error the local archive answers with, as KVS does: an HTTP status, the error
 * code sent in {@code x-amzn-ErrorType} and {@code __type}, and a message. The SDKs
 * turn the code into their typed exceptions (ResourceNotFoundException, ...).
 */
final class ServiceError extends RuntimeException {

    private final String code;
    private final int status;

    private ServiceError(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    static ServiceError invalidArgument(String message) {
        return new ServiceError("InvalidArgumentException", 400, message);
    }

    static ServiceError resourceNotFound(String message) {
        return new ServiceError("ResourceNotFoundException", 404, message);
    }

    static ServiceError notAuthorized(String message) {
        return new ServiceError("NotAuthorizedException", 401, message);
    }

    static ServiceError noDataRetention(String message) {
        return new ServiceError("NoDataRetentionException", 400, message);
    }

    static ServiceError missingCodecPrivateData(String message) {
        return new ServiceError("MissingCodecPrivateDataException", 400, message);
    }

    /** As KVS words it; the SDKs do not retry this code by themselves. */
    static ServiceError clientLimitExceeded() {
        return new ServiceError("ClientLimitExceededException", 400, "Your request was throttled because you have "
                + "exceeded the limit of allowed client calls. Try making the call later.");
    }

    static ServiceError unknownOperation(String method, String path) {
        return new ServiceError("UnknownOperationException", 404, "No operation at " + method + " " + path);
    }

    /** For failures that are ours, not the caller's; the details go to the log, not to the client. */
    static ServiceError internalFailure() {
        return new ServiceError("InternalFailure", 500, "The local archive failed to process the request; see its log.");
    }
}
