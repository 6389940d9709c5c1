# Build stage: the Swift toolchain compiles a release binary with the Swift
# runtime linked statically, so the runtime stage needs only libc, libstdc++
# (which the static Swift runtime still links dynamically), zlib and OpenSSL.
# The toolchain is the one the code is developed and tested with (Swift 6.3).
FROM swift:6.3-bookworm AS build
WORKDIR /src
# Debian bookworm's security updates move these versions; pinning would break rebuilds.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
# The manifest declares the test targets too, so their folders must exist
# for SwiftPM to load it (only the interleave product is built).
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product interleave \
    && install -D "$(swift build -c release --show-bin-path)/interleave" /out/interleave

# Runtime stage: slim Debian, non-root, only the shared libraries we link.
FROM debian:bookworm-slim
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 libstdc++6 zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home interleave
COPY --from=build /out/interleave /usr/local/bin/interleave
COPY public /srv/interleave/public
USER 10001
ENV INTERLEAVE_HOST=0.0.0.0 \
    INTERLEAVE_PORT=8080 \
    INTERLEAVE_PUBLIC=/srv/interleave/public
EXPOSE 8080
# No --port: the check reads INTERLEAVE_PORT, as serve does, so
# `docker run -e INTERLEAVE_PORT=9000` moves both (tests/EndToEndTests runs this line).
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD ["interleave", "healthcheck"]
ENTRYPOINT ["interleave"]
CMD ["serve"]
