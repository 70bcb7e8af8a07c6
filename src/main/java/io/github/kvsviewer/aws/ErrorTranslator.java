package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ArchiveException.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK failures into {@link ArchiveException}s whose message says what
 * happened in the operator's terms and what to do; the SDK exception stays as
 * the cause for the log.
 */
final class ErrorTranslator {

    private final Optional<String> profile;

    ErrorTranslator(Optional<String> profile) {
        this.profile = profile;
    }

    /** @param stream the stream the call was about, for the message; empty for account-wide calls */
    ArchiveException translate(SdkException e, String operation, String stream) {
        if (e instanceof AwsServiceException service) {
            return fromService(service, operation, stream);
        }
        if (e instanceof SdkClientException client) {
            return fromClient(client);
        }
        return new ArchiveException(Kind.UNEXPECTED, operation + " failed: " + e.getMessage(), e);
    }

    private ArchiveException fromService(AwsServiceException e, String operation, String stream) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        String detail = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return switch (code == null ? "" : code) {
            case "ResourceNotFoundException" -> operation.equals("GetClip")
                    ? new ArchiveException(Kind.NO_FOOTAGE, "No footage of '" + stream
                            + "' starts in this range. Choose a range that starts before the footage you want, "
                            + "or check the footage map for gaps.", e)
                    : new ArchiveException(Kind.STREAM_NOT_FOUND, "There is no stream named '" + stream
                            + "' in this account and region. Check the stream name and the region.", e);
            case "ClientLimitExceededException" -> new ArchiveException(Kind.THROTTLED,
                    "Kinesis Video Streams is limiting how fast we may call it. Wait a moment and try again.", e);
            case "NotAuthorizedException", "AccessDeniedException", "UnrecognizedClientException",
                    "InvalidSignatureException" -> new ArchiveException(Kind.NOT_AUTHORIZED,
                    "These credentials may not " + operation + (stream.isEmpty() ? "" : " on '" + stream + "'")
                            + ". Check the profile and its permissions (" + detail + ").", e);
            case "ExpiredTokenException", "ExpiredToken" -> expired(e);
            case "InvalidArgumentException" -> new ArchiveException(Kind.INVALID_RANGE,
                    "Kinesis Video Streams refused the request: " + detail
                            + ". A range must end after it starts and span at most 24 hours.", e);
            case "UnsupportedStreamMediaTypeException", "MissingCodecPrivateDataException",
                    "InvalidCodecPrivateDataException", "InvalidMediaFrameException",
                    "NoDataRetentionException" -> new ArchiveException(Kind.UNPLAYABLE_MEDIA,
                    "The footage of '" + stream + "' cannot be packaged as a clip (" + code + ": " + detail
                            + "). Only H.264/H.265 streams with codec data can be viewed.", e);
            default -> new ArchiveException(Kind.UNEXPECTED, operation + " failed with " + code + " (HTTP "
                    + e.statusCode() + "): " + detail, e);
        };
    }

    private ArchiveException fromClient(SdkClientException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SSO session") || message.contains("sso login") || message.contains("expired")) {
            return expired(e);
        }
        if (message.contains("Unable to load credentials") || message.contains("Profile file contained no")) {
            return new ArchiveException(Kind.NOT_AUTHORIZED, "No AWS credentials were found"
                    + profile.map(p -> " for profile '" + p + "'").orElse("")
                    + ". Choose a profile from ~/.aws/config or set AWS_PROFILE.", e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                    || cause instanceof SocketException) {
                return new ArchiveException(Kind.NETWORK, "Could not reach the archive (" + cause.getMessage()
                        + "). Check the network connection and the endpoint, then try again.", e);
            }
        }
        return new ArchiveException(Kind.UNEXPECTED, "The request failed: " + message, e);
    }

    private ArchiveException expired(Exception e) {
        return new ArchiveException(Kind.CREDENTIALS_EXPIRED, "The AWS sign-in has expired. Run 'aws sso login"
                + profile.map(p -> " --profile " + p).orElse("") + "' in a terminal, then try again.", e);
    }
}
