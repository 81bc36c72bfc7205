//! [`UploadSource`]: where the media of a resumable upload comes from, read a chunk at a time.

use std::fmt;
use std::io;
use std::path::Path;
use std::pin::Pin;

use bytes::{BufMut, Bytes, BytesMut};
use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use tokio::io::{AsyncRead, AsyncReadExt};

/// The media of a resumable upload: bytes in memory, a file, a stream of byte chunks or any
/// [`AsyncRead`].
///
/// The upload reads it one chunk at a time, so a source larger than memory can be uploaded. When
/// its size is known, the server is told up front and the source is checked to hold exactly that
/// many bytes: a source that ends early or runs on makes the upload fail rather than store
/// something else.
pub struct UploadSource {
    reader: Reader,
    size: Option<u64>,
    rewind: Option<Rewind>,
}

/// How a source is read again from its first byte, for the sources that can be: an upload whose
/// session the server forgot (404, 410) starts over once.
enum Rewind {
    Bytes(Bytes),
    /// A second handle on the file (sharing its position) and where the media starts in it.
    File {
        file: std::fs::File,
        start: u64,
    },
}

/// Where the bytes come from.
enum Reader {
    Stream(BoxStream<'static, io::Result<Bytes>>),
    Read(Pin<Box<dyn AsyncRead + Send>>),
}

impl UploadSource {
    /// Media held in memory; its size is known.
    pub fn from_bytes(data: Bytes) -> Self {
        let size = u64::try_from(data.len()).ok();
        UploadSource {
            rewind: Some(Rewind::Bytes(data.clone())),
            reader: Reader::Stream(stream::once(async move { Ok(data) }).boxed()),
            size,
        }
    }

    /// The rest of an open file, from its current position. The size is taken from the file's
    /// metadata when it is a regular file (and left unknown otherwise, for example for a pipe).
    pub fn from_file(file: tokio::fs::File) -> Self {
        // A file with no operation in flight converts to a standard one, whose metadata and
        // position can be read without waiting.
        match file.try_into_std() {
            Ok(mut std_file) => {
                let size = remaining_len(&mut std_file);
                let rewind = size.and_then(|size| {
                    use std::io::Seek;
                    let start = std_file.stream_position().ok()?;
                    let file = std_file.try_clone().ok()?;
                    Some((Rewind::File { file, start }, size))
                });
                let mut source = Self::from_async_read(tokio::fs::File::from_std(std_file), size);
                source.rewind = rewind.map(|(rewind, _)| rewind);
                source
            }
            Err(file) => Self::from_async_read(file, None),
        }
    }

    /// The file at `path`, opened for reading; its size is taken from its metadata.
    pub async fn from_path(path: impl AsRef<Path>) -> io::Result<Self> {
        let file = tokio::fs::File::open(path).await?;
        Ok(Self::from_file(file))
    }

    /// A stream of byte chunks of any sizes, and the total size if known. An error of the stream
    /// ends the upload with that error.
    pub fn from_stream(
        stream: impl Stream<Item = io::Result<Bytes>> + Send + 'static,
        size: Option<u64>,
    ) -> Self {
        UploadSource {
            reader: Reader::Stream(stream.boxed()),
            size,
            rewind: None,
        }
    }

    /// Anything that implements [`AsyncRead`], and the total size if known.
    pub fn from_async_read(reader: impl AsyncRead + Send + 'static, size: Option<u64>) -> Self {
        UploadSource {
            reader: Reader::Read(Box::pin(reader)),
            size,
            rewind: None,
        }
    }

    /// The size of the media, when it is known before reading it.
    pub fn size(&self) -> Option<u64> {
        self.size
    }

    /// Starts reading.
    pub(crate) fn into_chunks(self) -> Chunks {
        Chunks {
            reader: self.reader,
            leftover: Bytes::new(),
            declared: self.size,
            read: 0,
            ended: false,
            rewind: self.rewind,
        }
    }
}

impl fmt::Debug for UploadSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.reader {
            Reader::Stream(_) => "stream",
            Reader::Read(_) => "reader",
        };
        f.debug_struct("UploadSource")
            .field("kind", &kind)
            .field("size", &self.size)
            .finish()
    }
}

/// The bytes from the current position to the end of a regular file, or `None`.
fn remaining_len(file: &mut std::fs::File) -> Option<u64> {
    use std::io::Seek;
    let metadata = file.metadata().ok()?;
    if !metadata.is_file() {
        return None;
    }
    let position = file.stream_position().ok()?;
    Some(metadata.len().saturating_sub(position))
}

/// A source being read: hands out its bytes in pieces of the size asked for, and checks that a
/// source of declared size holds exactly that many bytes.
pub(crate) struct Chunks {
    reader: Reader,
    /// Bytes of a stream item that did not fit in the last chunk.
    leftover: Bytes,
    declared: Option<u64>,
    read: u64,
    ended: bool,
    rewind: Option<Rewind>,
}

impl Chunks {
    /// Goes back to the first byte of the source, if it can be read again (bytes in memory, a
    /// regular file); returns whether it did.
    pub(crate) fn restart(&mut self) -> bool {
        let reader = match &self.rewind {
            None => return false,
            Some(Rewind::Bytes(data)) => {
                let data = data.clone();
                Reader::Stream(stream::once(async move { Ok(data) }).boxed())
            }
            Some(Rewind::File { file, start }) => {
                use std::io::Seek;
                let Ok(mut file) = file.try_clone() else {
                    return false;
                };
                if file.seek(io::SeekFrom::Start(*start)).is_err() {
                    return false;
                }
                Reader::Read(Box::pin(tokio::fs::File::from_std(file)))
            }
        };
        self.reader = reader;
        self.leftover = Bytes::new();
        self.read = 0;
        self.ended = false;
        true
    }

    /// Whether every byte of the source has been handed out.
    pub(crate) fn ended(&self) -> bool {
        self.ended
    }

    /// The size of the media: the declared size, or the number of bytes read once the source has
    /// ended.
    pub(crate) fn total(&self) -> Option<u64> {
        self.declared.or(self.ended.then_some(self.read))
    }

    /// The number of bytes handed out so far.
    pub(crate) fn read(&self) -> u64 {
        self.read
    }

    /// Appends bytes to `buf` until it holds `want` bytes or the source ends. When the source
    /// has a declared size and all of it has been read, also makes sure nothing follows, so that
    /// [`ended`](Self::ended) is then true.
    pub(crate) async fn fill(&mut self, buf: &mut BytesMut, want: usize) -> io::Result<()> {
        while buf.len() < want && !self.ended {
            let got = self.read_into(buf, want - buf.len()).await?;
            if got == 0 {
                self.ended = true;
            } else {
                self.count(got)?;
            }
        }
        if !self.ended && self.declared == Some(self.read) {
            // Nothing more is expected: the next read must find the end.
            let mut probe = BytesMut::with_capacity(1);
            if self.read_into(&mut probe, 1).await? > 0 {
                return Err(too_long(self.read));
            }
            self.ended = true;
        }
        match self.declared {
            Some(declared) if self.ended && declared != self.read => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!(
                    "the upload source ended after {} bytes, but its size was given as {declared}",
                    self.read
                ),
            )),
            _ => Ok(()),
        }
    }

    /// Records `len` more bytes read, refusing more than the declared size.
    fn count(&mut self, len: usize) -> io::Result<()> {
        self.read = self
            .read
            .saturating_add(u64::try_from(len).unwrap_or(u64::MAX));
        match self.declared {
            Some(declared) if self.read > declared => Err(too_long(declared)),
            _ => Ok(()),
        }
    }

    /// Appends at most `room` (at least 1) further bytes to `buf`; returns how many, 0 at the end
    /// of the source.
    async fn read_into(&mut self, buf: &mut BytesMut, room: usize) -> io::Result<usize> {
        loop {
            if !self.leftover.is_empty() {
                let piece = self.leftover.split_to(room.min(self.leftover.len()));
                buf.extend_from_slice(&piece);
                return Ok(piece.len());
            }
            match &mut self.reader {
                Reader::Stream(stream) => match stream.next().await {
                    Some(item) => self.leftover = item?,
                    None => return Ok(0),
                },
                Reader::Read(reader) => {
                    buf.reserve(room);
                    return reader.read_buf(&mut (&mut *buf).limit(room)).await;
                }
            }
        }
    }
}

fn too_long(declared: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the upload source holds more than its declared size of {declared} bytes"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn chunks_of(source: UploadSource, want: usize) -> io::Result<Vec<Vec<u8>>> {
        let mut chunks = source.into_chunks();
        let mut out = Vec::new();
        while !chunks.ended() {
            let mut buf = BytesMut::with_capacity(want);
            chunks.fill(&mut buf, want).await?;
            if !buf.is_empty() {
                out.push(buf.to_vec());
            }
        }
        Ok(out)
    }

    async fn drain(chunks: &mut Chunks) -> Vec<u8> {
        let mut buf = BytesMut::new();
        chunks.fill(&mut buf, 1 << 20).await.expect("read");
        buf.to_vec()
    }

    #[tokio::test]
    async fn bytes_and_files_can_start_over_streams_cannot() {
        let mut chunks = UploadSource::from_bytes(Bytes::from_static(b"hello")).into_chunks();
        assert_eq!(drain(&mut chunks).await, b"hello");
        assert!(chunks.ended());
        assert!(chunks.restart());
        assert!(!chunks.ended());
        assert_eq!(chunks.read(), 0);
        assert_eq!(drain(&mut chunks).await, b"hello");

        let dir = std::env::temp_dir().join(format!("upload-source-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("media.bin");
        std::fs::write(&path, b"0123456789").expect("write");
        let mut file = tokio::fs::File::open(&path).await.expect("open");
        // The media starts where the file stands when it is given.
        tokio::io::AsyncSeekExt::seek(&mut file, io::SeekFrom::Start(4))
            .await
            .expect("seek");
        let mut chunks = UploadSource::from_file(file).into_chunks();
        assert_eq!(drain(&mut chunks).await, b"456789");
        assert!(chunks.restart());
        assert_eq!(drain(&mut chunks).await, b"456789");
        std::fs::remove_dir_all(&dir).expect("clean up");

        let stream = futures_util::stream::iter(vec![Ok(Bytes::from_static(b"x"))]);
        let mut chunks = UploadSource::from_stream(stream, Some(1)).into_chunks();
        assert_eq!(drain(&mut chunks).await, b"x");
        assert!(!chunks.restart());
    }

    #[tokio::test]
    async fn streams_are_recut_to_the_size_asked_for() {
        let items = vec![
            Ok(Bytes::from_static(b"abc")),
            Ok(Bytes::new()),
            Ok(Bytes::from_static(b"defghij")),
        ];
        let source = UploadSource::from_stream(stream::iter(items), None);
        let chunks = chunks_of(source, 4).await.expect("reads");
        assert_eq!(
            chunks,
            vec![b"abcd".to_vec(), b"efgh".to_vec(), b"ij".to_vec()]
        );
    }

    #[tokio::test]
    async fn declared_size_is_enforced() {
        let short =
            UploadSource::from_stream(stream::iter([Ok(Bytes::from_static(b"ab"))]), Some(3));
        let err = chunks_of(short, 4).await.expect_err("too short");
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
        let long =
            UploadSource::from_stream(stream::iter([Ok(Bytes::from_static(b"abcd"))]), Some(3));
        let err = chunks_of(long, 2).await.expect_err("too long");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        let exact = UploadSource::from_async_read(&b"abcd"[..], Some(4));
        let mut chunks = exact.into_chunks();
        let mut buf = BytesMut::new();
        chunks.fill(&mut buf, 4).await.expect("exact");
        assert!(chunks.ended(), "the end is known without another fill");
        assert_eq!(chunks.total(), Some(4));
    }

    #[tokio::test]
    async fn readers_and_files() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
        let source = UploadSource::from_async_read(std::io::Cursor::new(data.clone()), None);
        let chunks = chunks_of(source, 256).await.expect("reads");
        assert_eq!(chunks.len(), 4);
        assert_eq!(chunks.concat(), data);

        let dir = std::env::temp_dir().join(format!("gar-source-{}", std::process::id()));
        tokio::fs::write(&dir, &data).await.expect("writes");
        let source = UploadSource::from_path(&dir).await.expect("opens");
        assert_eq!(source.size(), Some(1000));
        let chunks = chunks_of(source, 300).await.expect("reads");
        assert_eq!(chunks.concat(), data);
        let _ = tokio::fs::remove_file(&dir).await;
    }
}
