import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Changing it (another state, another revision of the text) tries the form again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failedFor: string | null;
}

/**
 * A definition can hold anything while it is being typed: if a form meets a shape it cannot draw,
 * the rest of the studio stays up and the user is sent to the code, where everything can be edited.
 */
export class InspectorErrorBoundary extends Component<Props, State> {
  override state: State = { failedFor: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedFor: '\u0000pending' };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ failedFor: this.props.resetKey });
    console.warn('The inspector could not show this state:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { failedFor } = this.state;
    if (failedFor !== null && (failedFor === this.props.resetKey || failedFor === '\u0000pending')) {
      return (
        <div className="inspector__fallback" role="status">
          <strong>This state has a shape the form cannot show.</strong>
          <p className="section__note">Edit it in the code (Code or Split view); the form comes back when the state is well formed.</p>
        </div>
      );
    }
    return this.props.children;
  }
}
