//! Lists that come in pages: [`Call::pages`] streams every page, [`Call::items`] the elements of
//! every page.
//!
//! Google's list methods take a `pageToken` parameter and answer with a `nextPageToken` while more
//! pages follow. The call is repeated with each token, every other parameter unchanged, until the
//! server sends no token (or an empty one). A token the server already sent once would make the
//! list go round forever; the stream then ends with an error instead.

use std::collections::HashSet;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::violation;
use crate::{Call, Error};

/// Where a paged list stands between two pages.
enum State {
    /// The next page is fetched with this call.
    Next(Box<Call>, HashSet<String>),
    /// The last page was handed out, and this error comes next.
    Failed(Error),
    /// Nothing more.
    Done,
}

impl Call {
    /// Every page of a list, as a stream: the call is sent, then sent again with `pageToken` set
    /// to each `nextPageToken` (as read by `next_page_token`) until the answer has none or an empty
    /// one. Every other parameter stays as set on every page.
    ///
    /// An error ends the stream after it is yielded. A token the server already sent once yields
    /// the page that carries it and then an [`Error::Protocol`] at `nextPageToken`, so a faulty
    /// server cannot make the stream loop forever.
    pub fn pages<T>(self, next_page_token: fn(&T) -> Option<&str>) -> Pages<T>
    where
        T: DeserializeOwned + Send + 'static,
    {
        let start = State::Next(Box::new(self), HashSet::new());
        let inner = stream::unfold(start, move |state| async move {
            match state {
                State::Done => None,
                State::Failed(error) => Some((Err(error), State::Done)),
                State::Next(call, mut seen) => {
                    let id = call.method().id;
                    let page = match Call::clone(&call).send::<T>().await {
                        Ok(page) => page,
                        Err(error) => return Some((Err(error), State::Done)),
                    };
                    let next = match next_page_token(&page) {
                        None | Some("") => State::Done,
                        Some(token) if !seen.insert(token.to_owned()) => {
                            State::Failed(violation(
                                id,
                                StatusCode::OK,
                                "nextPageToken",
                                token.as_bytes(),
                                "the server sent a page token it had already sent; the list would never end",
                            ))
                        }
                        Some(token) => {
                            let mut call = call;
                            call.query("pageToken", token);
                            State::Next(call, seen)
                        }
                    };
                    Some((Ok(page), next))
                }
            }
        });
        Pages {
            // Fused: polling again after the end keeps answering that the stream has ended.
            inner: inner.fuse().boxed(),
        }
    }

    /// The elements of every page of a list, in order, as one stream: `items` takes them out of
    /// each page (its one array field). Pages are fetched as in [`pages`](Call::pages), one at a
    /// time and only when the elements of the previous one have been taken; errors end the
    /// stream the same way.
    pub fn items<T, I>(
        self,
        next_page_token: fn(&T) -> Option<&str>,
        items: fn(T) -> Vec<I>,
    ) -> Items<T, I>
    where
        T: DeserializeOwned + Send + 'static,
        I: Send + 'static,
    {
        Items {
            pages: self.pages(next_page_token),
            items,
            current: Vec::new().into_iter(),
        }
    }
}

/// The pages of a list, as a [`Stream`] of `Result<T, Error>`; see [`Call::pages`].
pub struct Pages<T> {
    inner: BoxStream<'static, Result<T, Error>>,
}

impl<T> Stream for Pages<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

/// The elements of every page of a list, as a [`Stream`] of `Result<I, Error>`; see
/// [`Call::items`].
pub struct Items<T, I> {
    pages: Pages<T>,
    items: fn(T) -> Vec<I>,
    current: std::vec::IntoIter<I>,
}

// Nothing is ever pinned in place: the pages are boxed and the elements sit in a plain iterator.
impl<T, I> Unpin for Items<T, I> {}

impl<T, I> Stream for Items<T, I> {
    type Item = Result<I, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(item) = self.current.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(page))) => {
                    let items = (self.items)(page);
                    self.current = items.into_iter();
                }
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<T, I> fmt::Debug for Items<T, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("buffered", &self.current.len())
            .finish_non_exhaustive()
    }
}
